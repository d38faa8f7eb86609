// Export licensing → analytics: backlog by age, decision-time histogram, times by end-user country, licence utilisation.
(function () {
    var d = pageData('analytics-data');
    if (!d) return;
    var utilBins = [0, 0, 0, 0, 0];
    d.utilisation.forEach(function (u) { utilBins[u >= 100 ? 4 : u >= 90 ? 3 : u >= 80 ? 2 : u >= 50 ? 1 : 0]++; });
    var opts = { plugins: { legend: { display: true } }, scales: { y: { beginAtZero: true } } };
    new Chart(document.getElementById('chart-backlog'), { type: 'bar', data: { labels: d.buckets, datasets: [{ label: d.labels.pending, data: d.backlog, backgroundColor: ['#198754', '#0d6efd', '#fd7e14', '#dc3545'] }] }, options: opts });
    new Chart(document.getElementById('chart-histogram'), { type: 'bar', data: { labels: d.histogramLabels, datasets: [{ label: d.labels.approved, data: d.histogram }] }, options: opts });
    new Chart(document.getElementById('chart-country'), { type: 'bar', data: { labels: d.countries, datasets: [{ label: d.labels.median, data: d.medians }, { label: d.labels.p90, data: d.p90s }] }, options: opts });
    new Chart(document.getElementById('chart-utilisation'), { type: 'bar', data: { labels: ['< 50 %', '50–79 %', '80–89 %', '90–99 %', '≥ 100 %'], datasets: [{ label: d.labels.activeLicences, data: utilBins }] }, options: opts });
})();
