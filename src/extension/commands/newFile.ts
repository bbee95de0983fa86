import * as vscode from 'vscode';
import { guarded } from './guard';

// A small, valid stack that shows the two ways a machine is used; a learner edits from here.
const STARTER = `stack "My stack"

# The physical server: everything below runs on it.
hardware server1 {
  cpu 16 cores
  memory 64 GiB

  # Type 1: the hypervisor runs directly on the hardware.
  hypervisor kvm {
    vm web {
      vcpu 4
      memory 8 GiB
      os linux "Ubuntu 24.04"
      middleware nginx
      app shop { load daily 20%..80% peak 14:00 }
    }
  }
}
`;

/** "New Stack File": an untitled .virt document with a starter stack. */
export function registerNewFile(): vscode.Disposable {
  return vscode.commands.registerCommand('virtstack.newFile', guarded(vscode.l10n.t('New Stack File'), async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'virt', content: STARTER });
    await vscode.window.showTextDocument(document);
  }));
}
