// The latency chart of a monitor's page: one point per check, failed checks marked on top.
// The numbers are also in the table after the chart; without Chart.js the table stays.
document.addEventListener("DOMContentLoaded", () => {
  if (!window.Chart) return;
  document.querySelectorAll("canvas[data-latency-chart]").forEach((canvas) => {
    const data = JSON.parse(document.getElementById(canvas.dataset.latencyChart).textContent);
    const top = Math.max(1, ...data.latency.filter((value) => value !== null));
    new Chart(canvas, {
      type: "line",
      data: {
        labels: data.labels,
        datasets: [
          { label: canvas.dataset.label, data: data.latency, borderColor: "#3366cc", pointRadius: 0, spanGaps: false, tension: 0.2 },
          {
            type: "bar", label: canvas.dataset.downLabel, backgroundColor: "#b3261e",
            data: data.down.map((failed) => (failed ? top : null)), barPercentage: 1, categoryPercentage: 1,
          },
        ],
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        locale: document.documentElement.lang || "es",
        interaction: { mode: "index", intersect: false },
        scales: { y: { beginAtZero: true, title: { display: true, text: "ms" } }, x: { ticks: { maxTicksLimit: 12 } } },
        plugins: { legend: { position: "bottom" } },
      },
    });
  });
});
