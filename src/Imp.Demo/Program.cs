using System;
using Imp.Demo;

// The README's run command: a scripted agent run through the turn runner, no network, no keys.
return await DemoApp.RunAsync(args, Console.Out, Console.Error);
