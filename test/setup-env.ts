// @actions/github reads GITHUB_REPOSITORY at import; tests must never see the CI's own GitHub variables.
for (const key of Object.keys(process.env)) {
  if (key.startsWith('GITHUB_') || key.startsWith('INPUT_') || key.startsWith('RUNNER_'))
    delete process.env[key];
}
process.env.GITHUB_REPOSITORY = 'octo/flows';
