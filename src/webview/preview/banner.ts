// The notice line and the error banner above the diagram. A click on an error asks the host
// to put the cursor on it.
import type { PreviewStrings, PreviewUpdate } from '../../shared/previewProtocol';

/** Shows the update's notice and errors; `reveal` is called with the index of a clicked error. */
export function showBanner(notice: HTMLElement, banner: HTMLElement, update: PreviewUpdate, strings: PreviewStrings, reveal: (index: number) => void): void {
  notice.hidden = !update.notice;
  notice.textContent = update.notice ?? '';
  const total = update.errors.length + update.moreErrors;
  banner.hidden = total === 0;
  banner.replaceChildren();
  if (total === 0) return;
  const heading = document.createElement('div');
  heading.className = 'vs-banner-title';
  heading.textContent = format(!update.stale ? strings.errorsLive : update.lastGood ? strings.errorsStale : strings.errorsPartial, String(total));
  const list = document.createElement('ul');
  for (const e of update.errors) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'vs-error-link';
    const where = document.createElement('span');
    where.className = 'vs-error-where';
    where.textContent = `${format(strings.line, String(e.line))} · ${e.code}`;
    button.append(where, ` ${e.message}`);
    button.addEventListener('click', () => reveal(e.index));
    item.appendChild(button);
    list.appendChild(item);
  }
  banner.append(heading, list);
  if (update.moreErrors > 0) {
    const more = document.createElement('div');
    more.className = 'vs-banner-more';
    more.textContent = format(strings.moreErrors, String(update.moreErrors));
    banner.appendChild(more);
  }
}

/** Fills `{0}` of a host-provided template. */
export function format(template: string, value: string): string {
  return template.split('{0}').join(value);
}
