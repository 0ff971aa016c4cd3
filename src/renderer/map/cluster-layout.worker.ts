/// <reference lib="webworker" />
import { layoutClusters, type ClusterRequest } from './cluster-layout'

/** Runs the force layout off the UI thread: one request in, one result (or error message) out. */
self.onmessage = (event: MessageEvent<ClusterRequest>) => {
  try {
    self.postMessage({ ok: true, result: layoutClusters(event.data) })
  } catch (error) {
    self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) })
  }
}
