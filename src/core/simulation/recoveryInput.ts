// Disaster recovery: the recovery model's inputs from the simulation's plan. The clusters come
// from one small function, `clustersOf`, the one place to change when the language has them.
import type { HostFailure } from '../model/types';
import { K, type Plan } from './plan';
import type { Cluster, RecoveryEntity, RecoveryInput } from './recovery';
import type { UsedSettings } from './types';

/**
 * The cluster of each host. The language has no `cluster` yet (issue 14, storage slice): until it
 * has, each host is a cluster of its own, so its workloads wait for its repair, which is what
 * happens to a host that belongs to no cluster.
 */
export function clustersOf(plan: Pick<Plan, 'hosts'>): (host: number) => Cluster | undefined {
  const own = new Map(plan.hosts.map((h) => [h, { hosts: [h], tolerate: 0 }]));
  return (host) => own.get(host);
}

/** The plan's entities, the file's failures by host entity and the settings, as the recovery model reads them. */
export function recoveryInput(plan: Plan, settings: UsedSettings, failures: readonly HostFailure[], eventLimit: number): RecoveryInput {
  const entities: RecoveryEntity[] = plan.info.map((e, i) => ({
    kind: e.kind,
    parent: e.parent,
    name: e.name,
    cores: e.cores,
    memory: plan.kind[i] === K.host ? plan.memFixed[i] : plan.kind[i] === K.vm ? e.memory : plan.kind[i] === K.container ? plan.memRequest[i] : plan.memHigh[i],
    reserve: plan.reserve[i],
    boot: plan.boot[i],
    // VMs on a type-1 hypervisor: their cluster managers restart VMs of a failed host (vSphere HA, Hyper-V failover clustering, Proxmox HA).
    ha: plan.kind[i] === K.vm && e.isolation === 'hypervisor',
  }));
  const hostByName = new Map(plan.hosts.map((h) => [plan.info[h].name, h]));
  return {
    entities,
    failures: failures.map((f) => ({ host: hostByName.get(f.host.name) ?? -1, at: f.at, recover: f.recover })),
    clusterOf: clustersOf(plan),
    duration: settings.duration,
    memoryRatio: settings.overcommit.memory,
    boot: { vm: settings.boot.vm, container: settings.boot.container },
    eventLimit,
  };
}
