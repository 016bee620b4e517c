using System.Text.Json;
using System.Text.Json.Serialization;

namespace Qualify.Domain.Competitions;

// The JSON contracts (data transfer objects) of a competition definition file, mapped by the reader.
public static partial class CompetitionDefinitionReader
{
    /// <summary>
    /// The JSON contracts of the definition files, generated at compile time (System.Text.Json source generation):
    /// every command reads the definitions at start-up, and building the contracts by reflection cost each one about
    /// a fifth of a second of JIT compilation. Names are matched ignoring case; comments and trailing commas are
    /// allowed; an unknown property is an error.
    /// </summary>
    [JsonSourceGenerationOptions(
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
    [JsonSerializable(typeof(DefinitionDto))]
    [JsonSerializable(typeof(EntrantDto))]
    internal sealed partial class DefinitionJson : JsonSerializerContext;

    internal sealed class DefinitionDto
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? Confederation { get; set; }
        public string? Source { get; set; }
        public string? Points { get; set; }
        public JsonElement? TieBreakers { get; set; }
        public int? LotsSeed { get; set; }
        public SourceDto? Matches { get; set; }
        public List<StageDto>? Stages { get; set; }
        public List<DeductionDto>? Deductions { get; set; }
        public List<DecisionDto>? Decisions { get; set; }
        public Dictionary<string, int>? FairPlay { get; set; }
        public FallbackDto? Fallback { get; set; }
        public List<string>? Notes { get; set; }
        public List<DestinationDto>? Destinations { get; set; }
        public List<PriorityListDto>? PriorityLists { get; set; }
    }

    internal sealed class PriorityListDto
    {
        public string? Name { get; set; }
        public string? Stage { get; set; }
        public int? Outside { get; set; }
        public List<string>? Teams { get; set; }
        public string? Source { get; set; }
    }

    internal sealed class DestinationDto
    {
        public string? Id { get; set; }
        public string? Label { get; set; }
    }

    internal sealed class DrawDto
    {
        public string? Date { get; set; }
        public string? Rule { get; set; }
        public List<List<JsonElement>>? Pots { get; set; }
        public string? Source { get; set; }
    }

    internal sealed class AllocationDto
    {
        public List<string>? Against { get; set; }
        public Dictionary<string, string>? Table { get; set; }
        public string? Source { get; set; }
    }

    internal sealed class FallbackDto
    {
        public string? AsOf { get; set; }
        public string? Source { get; set; }
        public Dictionary<string, double>? Elo { get; set; }
        public CoefficientsDto? EloPoisson { get; set; }
    }

    internal sealed class CoefficientsDto
    {
        public double Intercept { get; set; }
        public double RatingSlope { get; set; }
        public double HomeAdvantage { get; set; }
        public double AwayVenueEffect { get; set; }
    }

    internal sealed class SourceDto
    {
        public string? Source { get; set; }
        public string? Tournament { get; set; }
        public string? From { get; set; }
        public string? To { get; set; }
    }

    internal sealed class StageDto
    {
        public string? Name { get; set; }
        public SourceDto? Matches { get; set; }
        public string? Points { get; set; }
        public JsonElement? TieBreakers { get; set; }
        public List<GroupDto>? Groups { get; set; }
        public List<RankingDto>? CrossGroupRankings { get; set; }
        public List<TieDto>? Ties { get; set; }
        public DrawDto? Draw { get; set; }
    }

    internal sealed class TieDto
    {
        public string? Name { get; set; }
        public JsonElement? Home { get; set; }
        public JsonElement? Away { get; set; }
        public string? Format { get; set; }
        public bool? Neutral { get; set; }
        public bool? AwayGoals { get; set; }
        public bool? ExtraTime { get; set; }
        public OutcomeDto? Winner { get; set; }
        public OutcomeDto? Loser { get; set; }
        public string? Tournament { get; set; }
        public List<FixtureDto>? Fixtures { get; set; }
        public string? Walkover { get; set; }
        public string? Source { get; set; }
    }

    internal sealed class OutcomeDto
    {
        public string? Slot { get; set; }
        public string? Label { get; set; }
        public string? To { get; set; }
        public string? Destination { get; set; }
    }

    internal sealed class EntrantDto
    {
        public string? Stage { get; set; }
        public string? Group { get; set; }
        public int? Position { get; set; }
        public string? Ranking { get; set; }
        public int? Rank { get; set; }
        public string? Winner { get; set; }
        public string? Loser { get; set; }
        public string? Allocation { get; set; }
        public string? Against { get; set; }
        public string? List { get; set; }
        public int? Pick { get; set; }
        public string? Team { get; set; }
    }

    internal sealed class GroupDto
    {
        public string? Name { get; set; }
        public string? Format { get; set; }
        public string? Tournament { get; set; }
        public List<JsonElement>? Teams { get; set; }
        public List<SlotDto>? Slots { get; set; }
        public List<FixtureDto>? Fixtures { get; set; }
    }

    internal sealed class SlotDto
    {
        public string? Positions { get; set; }
        public string? Slot { get; set; }
        public string? Label { get; set; }
        public string? To { get; set; }
        public string? Destination { get; set; }
        public PlayoffDto? Playoff { get; set; }
    }

    internal sealed class PlayoffDto
    {
        public string? Opponent { get; set; }
        public string? Format { get; set; }
        public string? Venue { get; set; }
        public bool? AwayGoals { get; set; }
        public string? Label { get; set; }
        public string? Source { get; set; }
    }

    internal sealed class FixtureDto
    {
        public string? Date { get; set; }
        public string? Home { get; set; }
        public string? Away { get; set; }
        public string? Score { get; set; }
        public string? City { get; set; }
        public string? Country { get; set; }
        public bool? Neutral { get; set; }
        public string? Penalties { get; set; }
    }

    internal sealed class RankingDto
    {
        public string? Name { get; set; }
        public int Position { get; set; }
        public JsonElement? TieBreakers { get; set; }
        public string? Discard { get; set; }
        public List<SlotDto>? Slots { get; set; }
        public List<string>? Groups { get; set; }
        public AllocationDto? Allocation { get; set; }
        public string? Source { get; set; }
    }

    internal sealed class DeductionDto
    {
        public string? Team { get; set; }
        public int Points { get; set; }
        public string? Reason { get; set; }
    }

    internal sealed class DecisionDto
    {
        public string? Date { get; set; }
        public string? Home { get; set; }
        public string? Away { get; set; }
        public string? Score { get; set; }
        public string? Reason { get; set; }
    }
}
