// Knowledge → Turnover: leavers per quarter as a share of headcount.
(function () {
    var d = pageData('turnover-data');
    if (!d) return;
    new Chart(document.getElementById('turnover-chart'), {
        type: 'bar',
        data: { labels: d.quarters, datasets: [{ label: d.rateLabel, backgroundColor: '#2e7d9a', data: d.rates }] },
        options: { animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { callback: function (v) { return v + '%'; } } } } }
    });
})();
