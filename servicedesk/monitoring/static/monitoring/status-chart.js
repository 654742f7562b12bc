// The status page's response-time chart: one line per monitor, one point per hour.
// The same figures are in the table after it; without Chart.js the table stays.
document.addEventListener("DOMContentLoaded", () => {
  if (!window.Chart) return;
  const colours = ["#3366cc", "#2e7d32", "#b3261e", "#6a1b9a", "#c98a00", "#00695c"];
  document.querySelectorAll("canvas[data-status-chart]").forEach((canvas) => {
    const data = JSON.parse(document.getElementById(canvas.dataset.statusChart).textContent);
    new Chart(canvas, {
      type: "line",
      data: {
        labels: data.labels,
        datasets: data.datasets.map((set, index) => ({
          label: set.label, data: set.data, borderColor: colours[index % colours.length],
          backgroundColor: colours[index % colours.length], pointRadius: 2, spanGaps: true, tension: 0.2,
        })),
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        locale: document.documentElement.lang || "es",
        scales: { y: { beginAtZero: true, title: { display: true, text: canvas.dataset.axis } } },
        plugins: { legend: { position: "bottom" } },
      },
    });
  });
});
