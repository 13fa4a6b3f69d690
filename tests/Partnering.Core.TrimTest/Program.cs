using Partnering.Core;

namespace Partnering.Core.TrimTest;

/// <summary>Exercises the library after trimming; exits non-zero when anything is off.</summary>
internal static class Program
{
    public static int Main()
    {
        var failures = 0;

        void Expect(bool condition, string what)
        {
            Console.WriteLine($"{(condition ? "ok  " : "FAIL")} {what}");
            failures += condition ? 0 : 1;
        }

        var senator = new Individual
        {
            Id = new PartyId("sen-okafor"),
            Name = "Sen. Grace Okafor",
            Candidacies = [new Candidacy { Office = "State Senate", Declared = PartialDate.Parse("2026-02"), ElectionDay = PartialDate.Parse("2026-11-03") }],
        };
        Expect(senator.IsRunningOn(new DateOnly(2026, 9, 15)), "a declared candidate is running before election day");
        Expect(senator with { } == senator, "records keep value equality after trimming");

        Console.WriteLine(failures == 0 ? "trim smoke test passed" : $"trim smoke test failed: {failures} check(s)");
        return failures == 0 ? 0 : 1;
    }
}
