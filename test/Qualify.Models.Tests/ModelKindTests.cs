
namespace Qualify.Models.Tests;

/// <summary>
/// <see cref="ModelKinds"/>: the one list of model names. Expected names: the command line's documented names
/// (docs/ratings-and-evaluation.md, docs/forecasting.md).
/// </summary>
public sealed class ModelKindTests
{
    [Fact]
    public void TryParse_EveryName_ReturnsItsModel()
    {
        Assert.All(ModelKinds.All, model =>
        {
            Assert.True(ModelKinds.TryParse(ModelKinds.ToName(model), out var parsed));
            Assert.Equal(model, parsed);
        });
    }

    [Theory]
    [InlineData(" Dixon-Coles ", ModelKind.DixonColes)]
    [InlineData("ELO-POISSON", ModelKind.EloPoisson)]
    public void TryParse_OtherCaseAndSpaces_ReturnsTheModel(string name, ModelKind expected)
    {
        Assert.True(ModelKinds.TryParse(name, out var parsed));
        Assert.Equal(expected, parsed);
    }

    [Theory]
    [InlineData("elo-poison")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_UnknownName_ReturnsFalse(string? name) =>
        Assert.False(ModelKinds.TryParse(name, out _));

    [Fact]
    public void GoalModels_All_AreEloPoissonThenDixonColes() =>
        Assert.Equal<ModelKind>([ModelKind.EloPoisson, ModelKind.DixonColes], ModelKinds.GoalModels);

    [Fact]
    public void NameList_GoalModels_IsTheCommandLineSpelling() =>
        Assert.Equal("elo-poisson, dixon-coles", ModelKinds.NameList(ModelKinds.GoalModels));
}
