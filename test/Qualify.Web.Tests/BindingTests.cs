using Qualify.Application;

namespace Qualify.Web.Tests;

/// <summary>Where the app listens: loopback unless told otherwise, http only, and a warning for any address beyond this machine.</summary>
public sealed class BindingTests
{
    [Fact]
    public void ListenUrls_NoneGiven_IsLoopbackPort5080()
    {
        var urls = QualifyWebApp.ListenUrls(null);

        Assert.Equal(["http://127.0.0.1:5080"], urls);
        Assert.True(QualifyWebApp.IsLoopback(urls[0]));
    }

    [Fact]
    public void Create_NoUrlsGiven_ListensOnLoopbackOnly()
    {
        // Options give no URL and the configuration holds none: the app is set to listen on the default alone.
        using var app = QualifyWebApp.Create(new QualifyWebOptions { Environment = _ => null });

        Assert.Equal(QualifyWebApp.DefaultUrls, app.Configuration["urls"]);
    }

    [Theory]
    [InlineData("http://localhost:5080")]
    [InlineData("http://127.0.0.1:8080")]
    [InlineData("http://[::1]:5080")]
    public void IsLoopback_LoopbackAddress_IsTrue(string url)
    {
        Assert.True(QualifyWebApp.IsLoopback(url));
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://192.168.1.10:5080")]
    public void Warnings_AddressBeyondThisMachine_OneWarningNamingIt(string url)
    {
        var warning = Assert.Single(QualifyWebApp.Warnings([url]));

        Assert.Equal($"warning: --urls: '{url}' listens beyond this machine: anyone who can reach it can read the API", warning);
    }

    [Fact]
    public void Warnings_Loopback_None()
    {
        Assert.Empty(QualifyWebApp.Warnings(["http://127.0.0.1:5080", "http://localhost:5081"]));
    }

    [Fact]
    public void ListenUrls_Https_RefusedWithOneLine()
    {
        var error = Assert.Throws<UserInputException>(() => QualifyWebApp.ListenUrls("https://127.0.0.1:5443"));

        Assert.Equal("--urls: 'https://127.0.0.1:5443': https is not served (no certificate is configured); listen on http and let a reverse proxy terminate TLS", error.Message);
    }

    [Theory]
    [InlineData("127.0.0.1:5080")]
    [InlineData("http://127.0.0.1:5080/qualify")]
    [InlineData("http://127.0.0.1:99999")]
    public void ListenUrls_NotHttpHostPort_Refused(string url)
    {
        var error = Assert.Throws<UserInputException>(() => QualifyWebApp.ListenUrls(url));

        Assert.Equal($"--urls: '{url}' is not of the form http://host:port (e.g. http://127.0.0.1:5080)", error.Message);
    }

    [Fact]
    public void ListenUrls_Several_EachKept()
    {
        Assert.Equal(["http://127.0.0.1:5080", "http://localhost:5081"], QualifyWebApp.ListenUrls("http://127.0.0.1:5080; http://localhost:5081"));
    }
}
