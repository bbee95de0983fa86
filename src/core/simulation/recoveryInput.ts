// Disaster recovery: the recovery model's inputs from the simulation's plan and the file's
// clusters (`cluster NAME { tolerate N; hardware … }`).
import type { Cluster as ClusterDecl, HostFailure, Layer, StoragePool } from '../model/types';
import { K, type Plan } from './plan';
import type { Cluster, RecoveryEntity, RecoveryInput } from './recovery';
import { poolData, type RebuildPool } from './storageRebuild';
import type { UsedSettings } from './types';

/**
 * The cluster of each host entity: the hosts of its `cluster` block, with its `tolerate`; a host
 * that belongs to no cluster is a cluster of its own, so its workloads wait for its repair.
 */
export function clustersOf(plan: Pick<Plan, 'hosts' | 'info'>, clusters: readonly ClusterDecl[] = []): (host: number) => Cluster | undefined {
  const hostByName = new Map(plan.hosts.map((h) => [plan.info[h].name, h]));
  const own = new Map<number, Cluster>(plan.hosts.map((h) => [h, { hosts: [h], tolerate: 0 }]));
  for (const decl of clusters) {
    const hosts = decl.hosts.map((layer) => hostByName.get(layer.name)).filter((h): h is number => h !== undefined);
    if (hosts.length === 0) continue;
    const cluster = { hosts, tolerate: decl.tolerate?.value ?? 0 };
    for (const h of hosts) own.set(h, cluster);
  }
  return (host) => own.get(host);
}

/**
 * What each host entity can take from a failed neighbour: VMs if a type-1 hypervisor runs on it,
 * containers if a runtime runs on its OS (a cluster may mix both kinds of host).
 */
export function hostAbilities(plan: Pick<Plan, 'hosts' | 'info'>, hosts: readonly Layer[]): (host: number, kind: 'vm' | 'container') => boolean {
  const byName = new Map(hosts.map((h) => [h.name, h]));
  const ability = new Map<number, { vm: boolean; container: boolean }>();
  for (const h of plan.hosts) {
    const layer = byName.get(plan.info[h].name);
    const children = layer?.children ?? [];
    const vm = children.some((c) => c.kind === 'hypervisor' && c.hypervisorType === 1);
    const container = children.some((c) => c.kind === 'os' && c.children.some((g) => g.kind === 'runtime'));
    ability.set(h, { vm, container });
  }
  return (host, kind) => ability.get(host)?.[kind] ?? false;
}

/** The plan's entities, the file's failures by host entity and the settings, as the recovery model reads them. */
export function recoveryInput(plan: Plan, settings: UsedSettings, failures: readonly HostFailure[], eventLimit: number, clusters: readonly ClusterDecl[], hosts: readonly Layer[]): RecoveryInput {
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
    clusterOf: clustersOf(plan, clusters),
    duration: settings.duration,
    memoryRatio: settings.overcommit.memory,
    boot: { vm: settings.boot.vm, container: settings.boot.container },
    eventLimit,
    runs: hostAbilities(plan, hosts),
  };
}

/**
 * The pools built from the hosts' disks, as the storage rebuild model reads them: distributed
 * and local pools, with the hosts whose disks build them. Arrays (iSCSI, NFS, FC) are not built
 * from the hosts. A pool with a finding of its own (an unknown product, an unreadable setting)
 * never gets here: its error refuses the run.
 */
export function rebuildPoolsOf(plan: Pick<Plan, 'hosts' | 'info'>, pools: readonly StoragePool[]): RebuildPool[] {
  const hostByName = new Map(plan.hosts.map((h) => [plan.info[h].name, h]));
  const out: RebuildPool[] = [];
  for (const pool of pools) {
    // The checks set every pool's usage at the end of the file; its hosts are hardware, each a host of the plan.
    const usage = pool.usage!;
    const placement = pool.catalogue?.placement;
    if (usage.hosts.length === 0 || (placement !== 'distributed' && placement !== 'local')) continue;
    const hosts = usage.hosts.map((layer) => ({ host: hostByName.get(layer.name)!, disk: layer.props.disk?.max ?? 0, uplink: layer.props.network?.max ?? 0 }));
    const erasure = pool.erasure && { data: pool.erasure.data, parity: pool.erasure.parity };
    out.push({ name: pool.name, product: pool.catalogue!.id, placement, hosts, copies: usage.copies, ...(erasure ? { erasure } : {}), data: poolData(usage.provisioned, usage.usable) });
  }
  return out;
}
