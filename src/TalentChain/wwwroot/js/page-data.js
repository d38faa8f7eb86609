// Pages pass server data to their scripts in a JSON data island (<script type="application/json" id="…">):
// the Content-Security-Policy allows no inline script (ADR 0032).
window.pageData = function (id) {
    var island = document.getElementById(id);
    return island ? JSON.parse(island.textContent) : null;
};
