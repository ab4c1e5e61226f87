return Sitrep.Cli.CommandLine.Run(args);
