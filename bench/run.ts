// Benchmarks print figures; they are never timed assertions. The live sync issue adds the first ones.
process.stdout.write('no benchmarks yet\n');
