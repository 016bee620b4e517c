namespace Qualify.Domain.Teams;

/// <summary>
/// Names that users type for a team and the dataset name they mean: FIFA's official short names
/// ("Korea Republic", "IR Iran"), English abbreviations ("USA") and common variants ("Holland").
/// </summary>
public static class TeamAliases
{
    /// <summary>Alias → dataset name. Keys compare after <see cref="Text.NameSuggester.Normalize"/>.</summary>
    public static IReadOnlyDictionary<string, string> BuiltIn { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["USA"] = "United States",
        ["US"] = "United States",
        ["USMNT"] = "United States",
        ["United States of America"] = "United States",
        ["Côte d'Ivoire"] = "Ivory Coast",
        ["Cote d'Ivoire"] = "Ivory Coast",
        ["Korea Republic"] = "South Korea",
        ["Republic of Korea"] = "South Korea",
        ["Korea DPR"] = "North Korea",
        ["IR Iran"] = "Iran",
        ["China"] = "China PR",
        ["Holland"] = "Netherlands",
        ["Czechia"] = "Czech Republic",
        ["Türkiye"] = "Turkey",
        ["Turkiye"] = "Turkey",
        ["Ireland"] = "Republic of Ireland",
        ["Eire"] = "Republic of Ireland",
        ["Cabo Verde"] = "Cape Verde",
        ["Congo DR"] = "DR Congo",
        ["Democratic Republic of the Congo"] = "DR Congo",
        ["UAE"] = "United Arab Emirates",
        ["KSA"] = "Saudi Arabia",
        ["Bosnia"] = "Bosnia and Herzegovina",
        ["Kyrgyz Republic"] = "Kyrgyzstan",
        ["Curacao"] = "Curaçao",
        ["St Kitts and Nevis"] = "Saint Kitts and Nevis",
        ["St Lucia"] = "Saint Lucia",
        ["St Vincent and the Grenadines"] = "Saint Vincent and the Grenadines",
        ["Trinidad"] = "Trinidad and Tobago",
        ["Macedonia"] = "North Macedonia",
        ["Swaziland"] = "Eswatini",
        ["Zaire"] = "DR Congo",
        ["Soviet Union"] = "Russia",
        ["USSR"] = "Russia",
        ["West Germany"] = "Germany",
    };
}
