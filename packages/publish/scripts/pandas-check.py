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
        target = frames[key["reference"]["resource"]]
        known = set(target[key["reference"]["fields"][0]].dropna())
        values = set(frame[key["fields"][0]].dropna())
        if values - known:
            report["problems"].append(f"{resource['name']}.{key['fields'][0]}: {sorted(values - known)[:3]}")

print(json.dumps(report))
