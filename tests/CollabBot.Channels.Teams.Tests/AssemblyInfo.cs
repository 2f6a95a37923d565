// WebApplicationFactory<Program> finds the host built by top-level statements through a process-wide
// diagnostic listener; hosts started concurrently can be cross-wired, so the test classes run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
