using SportsBot.Cli;

return await SportsBotCli.RunAsync(args, CliConsole.System, configureServices: null, CancellationToken.None);
