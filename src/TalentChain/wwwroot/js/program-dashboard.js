// Talent programme → cohort dashboard: stage distribution, training hours by layer, progress per participant.
(function () {
    var d = pageData('dashboard-data');
    if (!d) return;
    var stages = d.stages, layers = d.layers, progress = d.progress;
    new Chart(document.getElementById('chart-stages'), { type: 'bar', data: { labels: stages.labels, datasets: [{ label: stages.label, data: stages.values, backgroundColor: '#2e7d9a' }] }, options: { maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } } });
    new Chart(document.getElementById('chart-layers'), { type: 'doughnut', data: { labels: layers.labels, datasets: [{ label: layers.label, data: layers.values, backgroundColor: ['#2e7d9a', '#7b4fa0', '#b5892b', '#3f8f4f', '#5c6b7a'] }] }, options: { maintainAspectRatio: false, plugins: { legend: { position: 'right' } } } });
    new Chart(document.getElementById('chart-progress'), { type: 'bar', data: { labels: progress.labels, datasets: [{ label: progress.label, data: progress.values, backgroundColor: '#3f8f4f', yAxisID: 'y' }, { label: progress.hoursLabel, data: progress.hours, backgroundColor: '#b5892b', yAxisID: 'y1' }] }, options: { scales: { y: { beginAtZero: true, max: 100, position: 'left' }, y1: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false } } } } });
})();
