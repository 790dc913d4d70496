'use strict';
// Decides whether a Jest run includes tests that use Kafka (the integration and e2e projects), so unit-only runs
// start no broker. Jest passes global setup neither the list of selected tests nor --selectProjects, so this
// repeats Jest's selection: projects from the CLI arguments (parsed by Jest's own parser), files by each
// project's testMatch and ignore patterns, then the run's path patterns. Whenever that cannot be done exactly
// (changed-files modes, projects given as paths, testRegex, a programmatic run) the answer is "yes".
const fs = require('node:fs');
const path = require('node:path');
const { globsToMatcher } = require('jest-util');

const KAFKA_PROJECTS = new Set(['integration', 'e2e']);

/** @returns {Promise<boolean>} */
async function selectedTestsNeedKafka(globalConfig) {
  const { projects, rootDir, testPathPatterns } = globalConfig;
  const changedFilesMode = [
    'onlyChanged',
    'onlyFailures',
    'findRelatedTests',
    'lastCommit',
    'changedSince',
    'watch',
    'watchAll',
  ].some((flag) => Boolean(globalConfig[flag]));
  if (changedFilesMode || !testPathPatterns?.toExecutor) return true;
  if (
    !Array.isArray(projects) ||
    projects.length === 0 ||
    projects.some((p) => typeof p !== 'object' || !p.testMatch || p.testRegex?.length)
  ) {
    return true;
  }
  const selection = await projectSelection();
  if (!selection) return true;
  const kafkaProjects = projects.filter((project) => {
    const name = typeof project.displayName === 'string' ? project.displayName : project.displayName?.name;
    return (
      KAFKA_PROJECTS.has(name) &&
      (!selection.select || selection.select.includes(name)) &&
      !selection.ignore.includes(name)
    );
  });
  return kafkaProjects.some((project) => {
    const projectRoot = project.rootDir ?? rootDir;
    const withRoot = (pattern) => pattern.replaceAll('<rootDir>', projectRoot);
    const isTest = globsToMatcher(project.testMatch.map(withRoot));
    const ignored = [
      ...(project.modulePathIgnorePatterns ?? []),
      ...(project.testPathIgnorePatterns ?? ['/node_modules/']),
    ].map((pattern) => new RegExp(withRoot(pattern)));
    const pathMatches = testPathPatterns.toExecutor({ rootDir: projectRoot });
    return anyFile(projectRoot, ignored, (file) => isTest(file) && pathMatches.isMatch(file));
  });
}

/** --selectProjects / --ignoreProjects as Jest parsed them, or null when this process is not the Jest CLI. */
async function projectSelection() {
  if (!/(^|[\\/])jest(\.js)?$/.test(process.argv[1] ?? '')) return null;
  try {
    const argv = await require('jest-cli').buildArgv(process.argv.slice(2));
    return { select: argv.selectProjects ?? null, ignore: argv.ignoreProjects ?? [] };
  } catch {
    return null;
  }
}

function anyFile(dir, ignored, predicate) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name === '.git' || ignored.some((re) => re.test(`${full}/`))) continue;
      if (anyFile(full, ignored, predicate)) return true;
    } else if (entry.isFile() && !ignored.some((re) => re.test(full)) && predicate(full)) {
      return true;
    }
  }
  return false;
}

module.exports = { selectedTestsNeedKafka };
