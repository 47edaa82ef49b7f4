using System.Collections;
using System.Runtime.InteropServices;
using SchemaGate.Failures;
using SchemaGate.Security;

namespace SchemaGate.Hosting;

/// <summary>
/// Base class of a build: its <see cref="Target"/> properties are the targets, its [Parameter] members the
/// parameters. <c>Main</c> calls <see cref="Execute{T}"/>; tests call <see cref="RunAsync{T}"/> with a <see cref="HostContext"/>.
/// </summary>
public abstract class BuildHost
{
    private readonly List<Func<Task>> _teardowns = [];
    private readonly List<TargetResult> _finished = [];
    private HostContext? _context;
    private RedactingTextWriter? _log;
    private BuildTools? _tools;

    /// <summary>Knows every secret of the run; secret parameters are registered before any target runs.</summary>
    protected Redactor Redactor { get; } = new();

    /// <summary>The repository root (the folder holding .nuke/ or Pipeline.sln).</summary>
    protected string RootDirectory => Context.RootDirectory;

    /// <summary>The build log; everything written here is redacted.</summary>
    protected TextWriter Log => _log ?? throw NotRunning();

    protected BuildTools Tools => _tools ?? throw NotRunning();

    /// <summary>The environment the run was given (the process environment, or a test's dictionary).</summary>
    protected IReadOnlyDictionary<string, string?> EnvironmentVariables => Context.Environment;

    /// <summary>The targets of this run that have ended so far, in order (for reports written by a later target).</summary>
    protected IReadOnlyList<TargetResult> FinishedTargets
    {
        get { lock (_finished) return _finished.ToArray(); }
    }

    protected bool IsGitHubActions => GitHubActionsLog.Detect(Context.Environment);

    /// <summary>The names of the targets this run will execute (skipped ones left out), known before the first one runs (as NUKE's ScheduledTargets).</summary>
    protected IReadOnlyCollection<string> PlannedTargets { get; private set; } = [];

    private HostContext Context => _context ?? throw NotRunning();

    /// <summary>Runs at the end of every run, after the AssuredAfterFailure targets, in reverse order of registration.</summary>
    protected void RegisterTeardown(Func<Task> teardown)
    {
        ArgumentNullException.ThrowIfNull(teardown);
        lock (_teardowns) _teardowns.Add(teardown);
    }

    /// <summary>Disposes the resource at the end of the run, whatever happened; returns it for chaining.</summary>
    protected TResource RegisterTeardown<TResource>(TResource resource) where TResource : IAsyncDisposable
    {
        ArgumentNullException.ThrowIfNull(resource);
        RegisterTeardown(() => resource.DisposeAsync().AsTask());
        return resource;
    }

    /// <summary>The last teardown step, after the registered ones; runs even after failure or cancellation.</summary>
    protected virtual Task OnTeardownAsync() => Task.CompletedTask;

    /// <summary>
    /// After the parameters are bound and the plan is checked, before the first target: a place to read and validate
    /// configuration (as NUKE's OnBuildInitialized). A <see cref="UsageException"/> here ends the run with exit 2, nothing run.
    /// </summary>
    protected virtual Task OnBuildInitializedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The process entry point: real arguments, environment, console, Ctrl+C and SIGTERM.</summary>
    public static async Task<int> Execute<T>(string[] args, Func<T, Target>? defaultTarget = null) where T : BuildHost, new()
    {
        var build = new T();
        var stdout = Console.Out;
        var stderr = Console.Error;
        // Engine code that writes to the console directly is redacted too.
        Console.SetOut(new RedactingTextWriter(stdout, build.Redactor));
        Console.SetError(new RedactingTextWriter(stderr, build.Redactor));

        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancelKey = (_, e) =>
        {
            // The first Ctrl+C cancels the running target and lets teardown run; a second one ends the process.
            if (cancel.IsCancellationRequested) return;
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancelKey;
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
        {
            c.Cancel = true;
            cancel.Cancel();
        });

        try
        {
            var root = RootDirectoryLocator.Find(Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
            var context = new HostContext(args, ReadEnvironment(), root, stdout)
            {
                Cancellation = cancel.Token,
                DotnetPath = DotnetPath(),
            };
            var outcome = await RunAsync(build, context, defaultTarget).ConfigureAwait(false);
            return outcome.ExitCode;
        }
        finally
        {
            Console.CancelKeyPress -= onCancelKey;
            Console.Out.Flush();
            Console.Error.Flush();
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    /// <summary>Runs the build in-process with everything injected; never throws for a failed run.</summary>
    public static async Task<BuildOutcome> RunAsync<T>(T build, HostContext context, Func<T, Target>? defaultTarget = null) where T : BuildHost
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(context);
        var log = new RedactingTextWriter(context.Output, build.Redactor);
        var github = new GitHubActionsLog(GitHubActionsLog.Detect(context.Environment), log);
        build._context = context;
        build._log = log;
        build._tools = new BuildTools(log, context.RootDirectory, context.DotnetPath);

        Action<string> mask = github.Mask;
        foreach (var known in build.Redactor.Secrets) github.Mask(known);
        build.Redactor.SecretAdded += mask;
        try
        {
            return await build.RunCoreAsync(context, log, github, defaultTarget is null ? null : b => defaultTarget((T)b)).ConfigureAwait(false);
        }
        finally
        {
            build.Redactor.SecretAdded -= mask;
            log.Flush();
        }
    }

    private async Task<BuildOutcome> RunCoreAsync(HostContext context, RedactingTextWriter log, GitHubActionsLog github, Func<BuildHost, Target>? defaultTarget)
    {
        IReadOnlyList<PlannedTarget> plan;
        bool verbose = context.Args.Any(a => ParameterNames.Normalize(a) == "verbose");
        try
        {
            var graph = TargetGraph.Load(this);
            var parameters = ParameterDescriptor.Discover(this);
            var defaultNode = defaultTarget is null ? null : graph.Resolve(defaultTarget(this), "default target");

            if (CommandLine.AsksForHelp(context.Args))
            {
                HelpPrinter.Write(log, graph, parameters, defaultNode);
                return new BuildOutcome(ExitCodes.Pass, []);
            }

            var commandLine = CommandLine.Parse(context.Args, parameters);
            verbose = commandLine.Verbose;
            new ParameterBinder(parameters, context.Environment, context.RootDirectory, Redactor).Bind(this, commandLine);

            var requested = commandLine.Targets.Select(n => graph.Find(n) ?? throw graph.UnknownTarget(n)).Distinct().ToList();
            if (requested.Count == 0)
            {
                if (defaultNode is null)
                    throw new UsageException($"No target given. Valid targets: {string.Join(", ", graph.Targets.Select(t => t.Name))}.");
                requested.Add(defaultNode);
            }
            plan = graph.Plan(requested, commandLine.Skip);

            if (commandLine.Plan)
            {
                PlanPrinter.Write(log, plan);
                return new BuildOutcome(ExitCodes.Pass, []);
            }
            TargetExecutor.CheckRequirements(plan, parameters);
            PlannedTargets = plan.Where(p => !p.Skip).Select(p => p.Node.Name).ToHashSet(StringComparer.Ordinal);
            await OnBuildInitializedAsync(context.Cancellation).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            var code = e is SchemaGateException sg ? sg.ExitCode : ExitCodes.Infrastructure;
            log.WriteLine("error: " + e.Message);
            if (verbose) log.WriteLine(e.ToString());
            await TeardownAsync(log).ConfigureAwait(false);
            return new BuildOutcome(code, []);
        }

        var results = await new TargetExecutor(log, github, Redactor, verbose, r => { lock (_finished) _finished.Add(r); }).RunAsync(plan, context.Cancellation).ConfigureAwait(false);
        var teardownErrors = await TeardownAsync(log).ConfigureAwait(false);
        var exitCode = ExitCodeOf(results, context.Cancellation.IsCancellationRequested, teardownErrors.Count > 0);
        SummaryTable.Write(log, results, exitCode, teardownErrors);
        return new BuildOutcome(exitCode, results);
    }

    private static int ExitCodeOf(IReadOnlyList<TargetResult> results, bool cancelled, bool teardownFailed)
    {
        // Ctrl+C/SIGTERM wins: a cancelled run is an interrupted run, even if the report it still wrote says "refused".
        if (cancelled) return ExitCodes.Infrastructure;
        var failure = results.FirstOrDefault(r => r.Status == TargetStatus.Failed);
        if (failure is not null)
            return failure.Exception is SchemaGateException sg ? sg.ExitCode : ExitCodes.Infrastructure;
        if (cancelled || results.Any(r => r.Status == TargetStatus.Aborted) || teardownFailed)
            return ExitCodes.Infrastructure;
        return ExitCodes.Pass;
    }

    /// <summary>Registered teardowns in reverse order, then <see cref="OnTeardownAsync"/>; every one runs even if another throws.</summary>
    private async Task<IReadOnlyList<string>> TeardownAsync(TextWriter log)
    {
        List<Func<Task>> steps;
        lock (_teardowns)
        {
            steps = Enumerable.Reverse(_teardowns).ToList();
            _teardowns.Clear();
        }
        steps.Add(OnTeardownAsync);

        var errors = new List<string>();
        foreach (var step in steps)
        {
            try
            {
                await step().ConfigureAwait(false);
            }
            catch (Exception e)
            {
                var line = Redactor.Redact(e.Message.Split('\n', 2)[0].TrimEnd('\r'));
                log.WriteLine("Teardown failed: " + line);
                errors.Add(line);
            }
        }
        return errors;
    }

    private static Dictionary<string, string?> ReadEnvironment()
    {
        var comparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var result = new Dictionary<string, string?>(comparer);
        foreach (DictionaryEntry e in Environment.GetEnvironmentVariables())
            result[(string)e.Key] = e.Value as string;
        return result;
    }

    private static string DotnetPath()
    {
        var path = Environment.ProcessPath;
        return path is not null && Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? path : "dotnet";
    }

    private static InvalidOperationException NotRunning() =>
        new("The build is not running yet: this member is available once Execute/RunAsync has started.");
}
