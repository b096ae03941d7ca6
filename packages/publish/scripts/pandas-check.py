"""Loads an Inzet data package into pandas with the types its Table Schemas declare, and checks
primary keys, foreign keys and enums. Prints a JSON report. Used by src/package/pandas.test.ts."""
import json
import sys

import pandas as pd

DTYPES = {"string": "string", "integer": "Int64", "number": "float64", "boolean": "boolean"}

folder = sys.argv[1]
with open(f"{folder}/datapackage.json", encoding="utf-8") as f:
    descriptor = json.load(f)

frames, report = {}, {"rows": {}, "dtypes": {}, "problems": []}
for resource in descriptor["resources"]:
    fields = resource["schema"]["fields"]
    frame = pd.read_csv(
        f"{folder}/{resource['path']}",
        dtype={f["name"]: DTYPES[f["type"]] for f in fields},
        keep_default_na=False,
        na_values=[""],
        true_values=["true"],
        false_values=["false"],
    )
    frames[resource["name"]] = frame
    report["rows"][resource["name"]] = len(frame)
    report["dtypes"][resource["name"]] = {c: str(t) for c, t in frame.dtypes.items()}
    for f in fields:
        allowed = f.get("constraints", {}).get("enum")
        if allowed is not None:
            bad = set(frame[f["name"]].dropna()) - set(allowed)
            if bad:
                report["problems"].append(f"{resource['name']}.{f['name']}: {sorted(bad)}")

for resource in descriptor["resources"]:
    schema, frame = resource["schema"], frames[resource["name"]]
    if not frame.set_index(schema["primaryKey"]).index.is_unique:
        report["problems"].append(f"{resource['name']}: primary key not unique")
    for key in schema.get("foreignKeys", []):
        # One field or several (cluster_missions: cluster and edition); rows with every field
        # empty refer to nothing, as in Table Schema.
        fields, target_fields = key["fields"], key["reference"]["fields"]
        target = frames[key["reference"]["resource"]]
        known = set(target[target_fields].astype(object).itertuples(index=False, name=None))
        values = set(
            frame[fields].dropna(how="all").astype(object).itertuples(index=False, name=None)
        )
        if values - known:
            missing = sorted(values - known, key=str)[:3]
            report["problems"].append(f"{resource['name']}.{','.join(fields)}: {missing}")

print(json.dumps(report))
