// The one entry of the importers: sources in, `.virt` text out, or a refusal in words. It guards
// the input (size, nesting, entities) before any parser runs, picks the format, lets the format's
// importer fill an inventory, sizes the hosts nobody described, and writes the text.
import { parseAllDocuments } from 'yaml';
import { ENGLISH, type Localizer, type Message, msg } from '../l10n/localizer';
import { composeInventory } from './compose';
import { checkSize, checkValueDepth, checkXml, checkYamlNesting, MAX_YAML_ALIASES, Refusal } from './guards';
import { assumedSize, countsOf, type HostSpec, type Inventory } from './inventory';
import { kubernetesInventory } from './kubernetes';
import { libvirtInventory, parseXml } from './libvirt';
import { hostMemory, sizeText } from './quantities';
import { isMapping } from './shape';
import { writeInventory as writeFile } from './writer';

/** A source format the importers read. */
export type ImportFormat = 'compose' | 'kubernetes' | 'libvirt';

/** What to import and how. */
export interface ImportOptions {
  /** The format; detected from the sources when left out. */
  readonly from?: ImportFormat;
  /** The host to run on, for sources that do not describe one: its cores and memory (`64 GiB`). */
  readonly host?: { readonly cores?: number; readonly memory?: string };
  /** The language of the comments written and of the refusals. */
  readonly l10n?: Localizer;
}

/** The `.virt` text of an import and what it holds, or why the sources were refused. */
export type ImportResult =
  | { readonly ok: true; readonly format: ImportFormat; readonly text: string; readonly unmapped: string[]; readonly counts: { hosts: number; vms: number; containers: number } }
  | { readonly ok: false; readonly error: string };

const FORMAT_NAMES: Readonly<Record<ImportFormat, Message>> = {
  compose: msg('import.format.compose'),
  kubernetes: msg('import.format.kubernetes'),
  libvirt: msg('import.format.libvirt'),
};

/** Imports Docker Compose files, Kubernetes manifests or libvirt XML as a `.virt` file; never throws. */
export function importInventory(sources: readonly { name: string; text: string }[], options: ImportOptions = {}): ImportResult {
  const l10n = options.l10n ?? ENGLISH;
  try {
    return run(sources, options, l10n);
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, error: l10n.text(e.message) };
    // A parser's own failure (or a stack too deep for it): refused in words, never thrown.
    return { ok: false, error: l10n.t('import.error.unreadable', e instanceof Error ? e.message : String(e)) };
  }
}

function run(sources: readonly { name: string; text: string }[], options: ImportOptions, l10n: Localizer): ImportResult {
  if (sources.length === 0) throw new Refusal(msg('import.error.noSources'));
  checkSize(sources);
  const given = givenHost(options.host);
  const format = options.from ?? detect(sources);
  let inv: Inventory;
  if (format === 'libvirt') {
    const docs = sources.map((s) => {
      checkXml(s.name, s.text);
      return { name: s.name, value: parseXml(s.name, s.text) };
    });
    const found = libvirtInventory(docs, 'libvirt-host');
    const header: Message[] = [];
    size(found.host, given, header, found.capabilities);
    inv = { title: sources.map((s) => s.name).join(', '), header, unmapped: found.unmapped, hosts: [found.host] };
  } else {
    const docs = sources.flatMap((s) => yamlDocuments(s.name, s.text));
    if (format === 'compose') {
      const { inventory, engine } = composeInventory(docs, 'docker-host');
      const host: HostSpec = { name: 'docker-host', cores: 0, memory: 0, os: { family: 'linux' }, engines: [engine], notes: [] };
      size(host, given, inventory.header);
      inv = { ...inventory, hosts: [host] };
    } else {
      const found = kubernetesInventory(docs, 'node');
      const header: Message[] = [];
      const hosts = found.hosts;
      for (const h of hosts) if (h.cores === 0 || h.memory === 0) size(h, given, h.notes);
      if (hosts.length === 0) {
        const host: HostSpec = { name: 'node', cores: 0, memory: 0, os: { family: 'linux' }, engines: [found.unplaced], notes: [] };
        size(host, given, header);
        hosts.push(host);
        header.push(msg('import.header.placement'));
      } else if (given) header.push(msg('import.header.nodesGiven'));
      inv = { title: sources.map((s) => s.name).join(', '), header, unmapped: found.unmapped, hosts };
    }
  }
  const sourceLine = msg('import.header.source', FORMAT_NAMES[format], sources.map((s) => s.name).join(', '));
  return { ok: true, format, text: writeFile(inv, sourceLine, l10n), unmapped: inv.unmapped.map((m) => l10n.text(m)), counts: countsOf(inv) };
}

/**
 * Sizes a host: the given cores and memory win; else what its source said (non-zero); else an
 * assumed size that holds what runs on it. The header says which, naming the source.
 */
function size(host: HostSpec, given: { cores?: number; memory?: number } | undefined, header: Message[], from?: string): void {
  const assumed = assumedSize(host.engines);
  const described = from !== undefined && (host.cores > 0 || host.memory > 0);
  host.cores = given?.cores ?? (host.cores || assumed.cores);
  host.memory = given?.memory ?? (host.memory || assumed.memory);
  const line = given?.cores !== undefined && given.memory !== undefined ? 'import.header.hostGiven' : described ? 'import.header.hostFrom' : 'import.header.hostAssumed';
  header.push(msg(line, host.name, String(host.cores), sizeText(host.memory), from ?? ''));
}

/** The host the user gave, checked: whole cores from 1 to 8192, a memory of a known unit. */
function givenHost(host: ImportOptions['host']): { cores?: number; memory?: number } | undefined {
  if (!host || (host.cores === undefined && host.memory === undefined)) return undefined;
  if (host.cores !== undefined && (!Number.isInteger(host.cores) || host.cores < 1 || host.cores > 8192)) throw new Refusal(msg('import.error.hostCores', String(host.cores)));
  const memory = host.memory === undefined ? undefined : hostMemory(host.memory);
  if (host.memory !== undefined && (memory === undefined || memory > 4096 * 2 ** 40)) throw new Refusal(msg('import.error.hostMemory', host.memory));
  return { cores: host.cores, memory };
}

/** The format of the sources, from their first characters and top-level keys; all must agree. */
function detect(sources: readonly { name: string; text: string }[]): ImportFormat {
  const formats = new Set<ImportFormat>();
  for (const s of sources) {
    const head = s.text.replace(/^\uFEFF/, '').trimStart();
    if (head.startsWith('<')) formats.add('libvirt');
    // JSON, as `kubectl get -o json` and the API print it (a List or NodeList whose keys are quoted
    // and indented): Kubernetes objects carry both "apiVersion" and "kind"; Compose has "services".
    else if (head.startsWith('{') && /"apiVersion"\s*:/.test(s.text) && /"kind"\s*:/.test(s.text)) formats.add('kubernetes');
    else if (head.startsWith('{') && /"services"\s*:/.test(s.text)) formats.add('compose');
    else if (/^(apiVersion|kind)\s*:/m.test(s.text)) formats.add('kubernetes');
    else if (/^services\s*:/m.test(s.text)) formats.add('compose');
    else throw new Refusal(msg('import.error.unknownFormat', s.name));
  }
  if (formats.size > 1) throw new Refusal(msg('import.error.mixedFormats', [...formats].join(', ')));
  return [...formats][0];
}

/** The YAML documents of a source, parsed with aliases bounded and nesting checked; a syntax error refuses the source with its line. */
function yamlDocuments(name: string, text: string): { name: string; value: unknown }[] {
  checkYamlNesting(name, text);
  const out: { name: string; value: unknown }[] = [];
  const docs = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false });
  for (const [i, doc] of docs.entries()) {
    const error = doc.errors[0];
    if (error) throw new Refusal(msg('import.error.syntax', name, String(lineAt(text, error.pos[0])), error.message.split('\n')[0]));
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    } catch (e) {
      throw new Refusal(msg('import.error.aliases', name, String(MAX_YAML_ALIASES), (e as Error).message));
    }
    if (value === null || value === undefined) continue;
    if (!isMapping(value) && !Array.isArray(value)) throw new Refusal(msg('import.error.notMapping', name));
    checkValueDepth(name, value);
    out.push({ name: docs.length > 1 ? `${name}#${i + 1}` : name, value });
  }
  return out;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
