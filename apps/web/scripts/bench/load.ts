import autocannon from "autocannon";

export interface LoadResult {
  url: string;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

/** Bounded load on loopback: autocannon stops by itself after `seconds`. */
export async function runLoad(url: string, connections = 50, seconds = 20): Promise<LoadResult> {
  await autocannon({ url, connections: 10, duration: 3 }); // warm-up, not recorded
  const result = await autocannon({ url, connections, duration: seconds });
  return {
    url,
    connections,
    seconds,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}
