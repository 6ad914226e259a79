package io.amisdk.generator.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code amisdk} command. Each job is a subcommand class of its own; add one by listing it in
 * {@code subcommands}.
 */
@Command(name = "amisdk", mixinStandardHelpOptions = true, versionProvider = AmisdkCli.Version.class,
        description = "Reads Asterisk's AMI documentation and generates a typed Java SDK.",
        subcommands = {ModelCommand.class, GenerateCommand.class, DiffCommand.class, DiffModelCommand.class,
                CommandLine.HelpCommand.class})
public final class AmisdkCli implements Runnable {
    /** Exit status: the job is done. */
    public static final int OK = 0;
    /** Exit status: the docs have problems and {@code --strict} was given. */
    public static final int PROBLEMS = 1;
    /** Exit status: bad usage, or input that cannot be read. */
    public static final int USAGE_OR_IO = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        StartupWarmer.start();
        System.exit(commandLine().execute(args));
    }

    /** The command line with our exit codes, for main and for tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new AmisdkCli());
        cl.setExitCodeExceptionMapper(e -> USAGE_OR_IO);
        // One line for a usage error, as for any other error; --help has the rest.
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine.Model.CommandSpec command = e.getCommandLine().getCommandSpec();
            e.getCommandLine().getErr().printf("%s: %s (see '%s --help')%n", command.qualifiedName(), e.getMessage(),
                    command.qualifiedName());
            e.getCommandLine().getErr().flush();
            return USAGE_OR_IO;
        });
        cl.getCommandSpec().exitCodeOnInvalidInput(USAGE_OR_IO);
        cl.getCommandSpec().exitCodeOnExecutionException(USAGE_OR_IO);
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().exitCodeOnInvalidInput(USAGE_OR_IO);
            sub.getCommandSpec().exitCodeOnExecutionException(USAGE_OR_IO);
        }
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, e.g. 'model' or 'generate'");
    }

    /** The version from the jar's manifest, when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = AmisdkCli.class.getPackage().getImplementationVersion();
            return new String[] {"amisdk " + (v == null ? "(development build)" : v)};
        }
    }
}
