// Docker Compose (the Compose Specification, compose-spec.io) to an inventory: one Docker host and a
// container per replica of each service. Mapped: `image`, `deploy.replicas` (and the legacy
// `scale`), `deploy.resources.limits`/`reservations` `cpus` and `memory` (and the legacy `cpus`,
// `mem_limit`, `mem_reservation`), `depends_on` in both forms, `platform` (its OS: a Windows image
// on the Linux engine is the kernel mismatch VS206 reports), `profiles`. Everything else is listed.
import { list as msgList, msg, type Message } from '../l10n/localizer';
import { MAX_IMPORT_WORKLOADS, Refusal } from './guards';
import type { ContainerSpec, Engine, Family, Inventory, OsLine, Span } from './inventory';
import { composeBytes, composeCpus } from './quantities';
import { count, isMapping, list, mapping, type Mapping, text, wrongType } from './shape';
import { Names } from './writer';

/** The keys of a service this importer maps; the others are listed as not mapped. */
const MAPPED = new Set(['image', 'deploy', 'scale', 'cpus', 'mem_limit', 'mem_reservation', 'depends_on', 'platform', 'profiles', 'container_name']);
/** Top-level keys with nothing to map: the file's version and name are metadata. */
const META = new Set(['version', 'name', 'services']);
/** At most this many services are named per unmapped key; the rest are counted. */
const NAMED = 5;

/** A service's replicas, as written. */
interface Service {
  readonly name: string;
  readonly replicas: number;
  readonly names: string[];
}

/** The inventory of one or more Compose documents (later files override earlier ones per service, as `docker compose -f a -f b`). */
export function composeInventory(docs: readonly { name: string; value: unknown }[], hostName: string): { inventory: Inventory; engine: Engine } {
  const services = new Map<string, Mapping>();
  const unmapped = new Map<string, string[]>();
  const note = (key: string, where: string): void => {
    const at = unmapped.get(key);
    if (at) at.push(where);
    else unmapped.set(key, [where]);
  };
  let title: string | undefined;
  for (const doc of docs) {
    const top = mapping(doc.value, doc.name) as Mapping; // empty documents were left out when parsed
    title ??= text(top.name, 'name');
    for (const key of Object.keys(top)) if (!META.has(key) && !key.startsWith('x-')) note(key, doc.name);
    const svcs = mapping(top.services, 'services');
    if (!svcs) continue;
    for (const [name, value] of Object.entries(svcs)) {
      const svc = mapping(value, `services.${name}`) ?? {};
      const before = services.get(name);
      services.set(name, before ? merge(before, svc) : svc);
    }
  }
  if (services.size === 0) throw new Refusal(msg('import.error.noServices'));

  const names = new Names();
  names.claim(hostName);
  const planned: Service[] = [];
  let total = 0;
  for (const [name, svc] of services) {
    const deploy = mapping(svc.deploy, `services.${name}.deploy`);
    const replicas = count(deploy?.replicas, `services.${name}.deploy.replicas`) ?? count(svc.scale, `services.${name}.scale`) ?? 1;
    total += replicas;
    if (total > MAX_IMPORT_WORKLOADS) throw new Refusal(msg('import.error.tooMany', String(MAX_IMPORT_WORKLOADS)));
    const own = replicas === 1 ? [names.claim(name)] : Array.from({ length: replicas }, (_, i) => names.claim(`${name}-${i + 1}`));
    planned.push({ name, replicas, names: own });
  }
  const byName = new Map(planned.map((p) => [p.name, p]));

  const containers: ContainerSpec[] = [];
  const extraNotes: Message[] = [];
  for (const p of planned) {
    const svc = services.get(p.name)!;
    const path = `services.${p.name}`;
    for (const key of Object.keys(svc)) if (!MAPPED.has(key) && !key.startsWith('x-')) note(key, p.name);
    const deploy = mapping(svc.deploy, `${path}.deploy`);
    for (const key of Object.keys(deploy ?? {})) if (key !== 'replicas' && key !== 'resources') note(`deploy.${key}`, p.name);
    const resources = mapping(deploy?.resources, `${path}.deploy.resources`);
    const limits = mapping(resources?.limits, `${path}.deploy.resources.limits`);
    const reservations = mapping(resources?.reservations, `${path}.deploy.resources.reservations`);
    for (const [key, m] of [['limits', limits], ['reservations', reservations]] as const) {
      for (const k of Object.keys(m ?? {})) if (k !== 'cpus' && k !== 'memory') note(`deploy.resources.${key}.${k}`, p.name);
    }
    const cores = spanOf(
      cpus(reservations?.cpus, `${path}.deploy.resources.reservations.cpus`, note, p.name),
      cpus(limits?.cpus ?? svc.cpus, limits?.cpus !== undefined ? `${path}.deploy.resources.limits.cpus` : `${path}.cpus`, note, p.name),
    );
    const memory = spanOf(
      bytes(reservations?.memory ?? svc.mem_reservation, reservations?.memory !== undefined ? `${path}.deploy.resources.reservations.memory` : `${path}.mem_reservation`, note, p.name),
      bytes(limits?.memory ?? svc.mem_limit, limits?.memory !== undefined ? `${path}.deploy.resources.limits.memory` : `${path}.mem_limit`, note, p.name),
    );
    const notes: Message[] = [];
    const profiles = (list(svc.profiles, `${path}.profiles`) ?? []).map((x, i) => text(x, `${path}.profiles[${i}]`)!);
    if (profiles.length > 0) notes.push(msg('import.note.profiles', p.name, msgList(profiles)));
    const image = text(svc.image, `${path}.image`);
    if (image === undefined && svc.build !== undefined) notes.push(msg('import.note.built', p.name));
    const os = platformOs(text(svc.platform, `${path}.platform`), p.name, note);
    const depends: string[] = [];
    for (const dep of dependencies(svc.depends_on, `${path}.depends_on`)) {
      const target = byName.get(dep);
      if (target) depends.push(...target.names);
      else extraNotes.push(msg('import.unmapped.dependency', p.name, dep));
    }
    if (p.replicas === 0) extraNotes.push(msg('import.unmapped.noReplicas', p.name));
    for (const name of p.names) containers.push({ name, image, cores, memory, os, depends, notes });
  }
  const engine: Engine = { role: 'runtime', product: 'docker', onHardware: false, vms: [], containers };
  const listed: Message[] = [...unmapped].map(([key, where]) => msg('import.unmapped.field', key, where.length > NAMED ? msg('import.more', msgList(where.slice(0, NAMED)), String(where.length - NAMED)) : msgList(where)));
  return { inventory: { title: title ?? docs[0].name, header: [], unmapped: [...listed, ...extraNotes], hosts: [] }, engine };
}

/** Compose files merged as Compose merges them: mappings key by key, everything else replaced. */
function merge(a: Mapping, b: Mapping): Mapping {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = isMapping(out[k]) && isMapping(v) ? merge(out[k] as Mapping, v) : v;
  return out;
}

/** The services a service depends on: `depends_on: [a, b]` or `depends_on: { a: { condition: … } }`. */
function dependencies(value: unknown, path: string): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.map((v, i) => text(v, `${path}[${i}]`)!);
  if (isMapping(value)) return Object.keys(value);
  throw wrongType(path, 'import.type.list', value);
}

type Note = (key: string, where: string) => void;

/** An unresolved interpolation (`${VAR}`) cannot be read without the environment: listed, not refused. */
function interpolated(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${');
}

function cpus(value: unknown, path: string, note: Note, service: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (interpolated(value)) return void note(path.slice(path.indexOf('.', 9) + 1), service);
  const n = composeCpus(value);
  if (n === undefined) throw wrongType(path, 'import.type.cores', value);
  return n > 0 ? n : undefined;
}

function bytes(value: unknown, path: string, note: Note, service: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (interpolated(value)) return void note(path.slice(path.indexOf('.', 9) + 1), service);
  const n = composeBytes(value);
  if (n === undefined) throw wrongType(path, 'import.type.bytes', value);
  return n > 0 ? n : undefined;
}

/** A reservation and a limit as the language's request..limit; a reservation above its limit is Docker's error, written as the limit. */
function spanOf(request: number | undefined, limit: number | undefined): Span | undefined {
  if (request === undefined && limit === undefined) return undefined;
  if (request !== undefined && limit !== undefined && request > limit) return { limit };
  return { request, limit };
}

const FAMILIES: Readonly<Record<string, Family>> = { linux: 'linux', windows: 'windows', freebsd: 'bsd', darwin: 'macos', solaris: 'solaris', illumos: 'solaris' };

/** The OS of `platform: os/arch[/variant]`: its kernel family; an OS the language has no kernel for is listed. */
function platformOs(platform: string | undefined, service: string, note: Note): OsLine | undefined {
  if (platform === undefined) return undefined;
  const family = FAMILIES[platform.split('/')[0].toLowerCase()];
  if (!family) note('platform', service);
  return family ? { family } : undefined;
}
