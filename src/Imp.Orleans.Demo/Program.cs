using System;
using Imp.Orleans.Demo;

// silo: one silo until killed; demo (the default): two silos, runs, a silo killed, the runs finishing; bench: the fleet benchmark.
return await FleetProgram.RunAsync(args, Console.Out);
