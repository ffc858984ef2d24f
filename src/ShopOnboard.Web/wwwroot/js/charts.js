// Draws every <canvas data-chart="line|bar"> from its data attributes (the CSP forbids inline scripts).
// data-labels: JSON array of labels; data-series: JSON array of {label, values}. The same numbers are
// in a table beside each chart, so a missing script loses nothing but the picture.
(function () {
    'use strict';
    if (typeof Chart === 'undefined') {
        return;
    }
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        var labels = JSON.parse(canvas.dataset.labels || '[]');
        var series = JSON.parse(canvas.dataset.series || '[]');
        new Chart(canvas, {
            type: canvas.dataset.chart,
            data: {
                labels: labels,
                datasets: series.map(function (s) { return { label: s.label, data: s.values }; })
            },
            options: { responsive: true, animation: false, plugins: { legend: { display: series.length > 1 } } }
        });
    });
})();
