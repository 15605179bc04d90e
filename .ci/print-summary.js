// Prints jest's totals as the plain closing line CI reads: "N passed, N failed, N skipped".
const { readFileSync } = require('node:fs');

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const failedSuites = report.testResults.filter((suite) => suite.status === 'failed');
for (const suite of failedSuites) {
  console.log(`failed suite: ${suite.name}`);
  if (suite.message) console.log(suite.message.split('\n').slice(0, 20).join('\n'));
}
const failed = report.numFailedTests + (report.numRuntimeErrorTestSuites || 0);
console.log(
  `Test suites: ${report.numPassedTestSuites} passed, ${report.numFailedTestSuites} failed, ${report.numTotalTestSuites} total`,
);
console.log(`${report.numPassedTests} passed, ${failed} failed, ${report.numPendingTests} skipped`);
