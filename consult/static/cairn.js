// Optional enhancements only: every page works without this file.
(function () {
  "use strict";
  // Exit this page: pressing Shift three times (within a second) leaves at once.
  var exit = document.getElementById("exit");
  var presses = [];
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift" || !exit) return;
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 1000; });
    presses.push(now);
    if (presses.length >= 3) {
      document.body.innerHTML = "";
      window.location.replace(exit.href);
    }
  });
  // Free text: say how many characters are left, politely, as the child types.
  var box = document.querySelector("textarea[data-limit]");
  var count = box && document.getElementById(box.id + "-count");
  if (box && count) {
    var limit = parseInt(box.getAttribute("data-limit"), 10);
    var template = count.getAttribute("data-left") || "{n} characters left";
    var update = function () {
      var left = limit - box.value.length;
      count.textContent = left >= 0 ? template.replace("{n}", left.toLocaleString())
        : (count.getAttribute("data-over") || "{n} characters too many").replace("{n}", (-left).toLocaleString());
    };
    box.addEventListener("input", update);
    update();
  }
  // After a failed submit, move focus to the error summary so it is read out first.
  var summary = document.getElementById("error-summary");
  if (summary) summary.focus();
})();
