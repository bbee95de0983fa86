import * as vscode from 'vscode';
import { formatEdits } from '../../core/services/format';
import { toSpan, toTextEdits } from '../ranges';
import { VIRT_SELECTOR } from './locale';

/** Format Document and Format Selection: canonical two-space indentation and spacing, never a change of meaning. */
export function registerFormatting(): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerDocumentFormattingEditProvider(VIRT_SELECTOR, {
      provideDocumentFormattingEdits(document) {
        return toTextEdits(document, formatEdits(document.getText()));
      },
    }),
    vscode.languages.registerDocumentRangeFormattingEditProvider(VIRT_SELECTOR, {
      provideDocumentRangeFormattingEdits(document, range) {
        return toTextEdits(document, formatEdits(document.getText(), toSpan(document, range)));
      },
    }),
  );
}
