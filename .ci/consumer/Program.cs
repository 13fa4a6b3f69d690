using Microsoft.Extensions.DependencyInjection;
using Partnering.Core;

// Uses the packed library as an application would: register the services, build a model, ask a question.
using var provider = new ServiceCollection().AddPartnering().Services.BuildServiceProvider();
var options = provider.GetRequiredService<PartneringOptions>();

var senator = new Individual
{
    Id = new PartyId("sen-okafor"),
    Name = "Sen. Grace Okafor",
    Roles = [IndividualRole.ElectedOfficial],
    Candidacies =
    [
        new Candidacy { Office = "State Senate", Declared = PartialDate.Parse("2026-02"), ElectionDay = PartialDate.Parse("2026-11-03") },
    ],
};

var running = senator.IsRunningOn(new DateOnly(2026, 9, 15));
Console.WriteLine($"consumer: {senator.Name} running on 2026-09-15: {running}; options registered: {options is not null}");
return running ? 0 : 1;
