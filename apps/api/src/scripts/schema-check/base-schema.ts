import { execFileSync } from 'node:child_process';

/** Runs git in the repository; null when git fails (no repository, unknown ref, missing file). */
export type Git = (args: string[]) => string | null;

export function gitIn(root: string): Git {
  return (args) => {
    try {
      return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      return null;
    }
  };
}

export type BaseSchema =
  { found: true; ref: string; commit: string; sdl: string } | { found: false; reason: string };

export const SCHEMA_PATH = 'apps/api/schema.graphql';

/**
 * The schema.graphql this tree is compared with: the one at the merge-base of HEAD with main (so a branch
 * is judged by what it changes, not by what main did since), taken from `explicitRef` when given
 * (SCHEMA_BASE_REF), else origin/main, else main. On main itself the base is HEAD: nothing to compare
 * unless the working tree changed the file. Without git, a main branch or the file there, the answer says
 * why and the check passes: there is nothing to be compatible with.
 */
export function readBaseSchema(git: Git, explicitRef?: string): BaseSchema {
  const candidates = explicitRef ? [explicitRef] : ['origin/main', 'main'];
  const ref = candidates.find(
    (name) => git(['rev-parse', '--verify', '--quiet', `${name}^{commit}`]) !== null,
  );
  if (!ref) {
    return {
      found: false,
      reason: `no ${candidates.join(' or ')} to compare with (not a git clone, or a shallow one)`,
    };
  }
  const commit = (git(['merge-base', 'HEAD', ref]) ?? git(['rev-parse', `${ref}^{commit}`]))?.trim();
  if (!commit) return { found: false, reason: `no commit for ${ref}` };
  const sdl = git(['show', `${commit}:${SCHEMA_PATH}`]);
  if (sdl === null)
    return { found: false, reason: `${SCHEMA_PATH} does not exist at ${ref} (${commit.slice(0, 10)})` };
  return { found: true, ref, commit, sdl };
}
