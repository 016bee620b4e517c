using System.ComponentModel;
using Qualify.Web;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Qualify.Cli.Settings;

/// <summary>Settings of <c>qualify serve</c>.</summary>
public sealed class ServeSettings : StoreSettings
{
    /// <summary>Where to listen.</summary>
    [CommandOption("--urls <URLS>")]
    [Description("URLs to listen on, separated by ';' (http only). Default: " + QualifyWebApp.DefaultUrls + ", this machine only.")]
    [DefaultValue(QualifyWebApp.DefaultUrls)]
    public string Urls { get; init; } = QualifyWebApp.DefaultUrls;

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        try
        {
            QualifyWebApp.ListenUrls(Urls);
            return ValidationResult.Success();
        }
        catch (Application.UserInputException e)
        {
            return ValidationResult.Error(e.Message);
        }
    }
}
