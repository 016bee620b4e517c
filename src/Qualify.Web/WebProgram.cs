using Qualify.Application;

namespace Qualify.Web;

/// <summary>
/// The web process on its own (<c>dotnet run --project src/Qualify.Web -- --urls … --db …</c>): the same app as
/// <c>qualify serve</c>. A value that cannot be served (a bad <c>--urls</c>) prints one line starting with
/// <c>error:</c> and exits with code 2, as the CLI does.
/// </summary>
public sealed class WebProgram
{
    private WebProgram()
    {
    }

    /// <summary>Builds the app from <paramref name="args"/> and the environment, and serves until stopped.</summary>
    public static int Main(string[] args)
    {
        WebApplication app;
        try
        {
            app = QualifyWebApp.Create(new QualifyWebOptions { Args = args });
        }
        catch (UserInputException e)
        {
            Console.Error.WriteLine("error: " + e.Message);
            return 2;
        }

        app.Start();
        foreach (var warning in QualifyWebApp.Warnings(app.Urls))
        {
            Console.Error.WriteLine(warning);
        }

        Console.Out.WriteLine(QualifyWebApp.Announcement(app));

        app.WaitForShutdown();
        return 0;
    }
}
