import { workspaceConfig } from "./config";
import { embeddedWorkspace } from "./embedded";
import type { WorkspacePort } from "./port";
import { platformWorkspace } from "./platform";

export type { WorkspaceCaller, WorkspacePort } from "./port";

let chosen: WorkspacePort | undefined;

/** The workspace the actions use: the platform when PLATFORM_URL is set, else the embedded one (decided once per process). */
export function workspace(): WorkspacePort {
  return (chosen ??= workspaceConfig().platformUrl ? platformWorkspace : embeddedWorkspace);
}
