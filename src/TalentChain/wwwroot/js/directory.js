// People directory: column headers sort through the filter form, so the sidebar and the URL stay in step.
document.addEventListener('click', function (e) {
    var link = e.target.closest('[data-sort]');
    if (!link) return;
    var form = document.getElementById('directory-filters');
    if (!form) return;
    e.preventDefault();
    var sort = form.querySelector('#sort'), desc = form.querySelector('#desc');
    var same = sort.value === link.dataset.sort;
    sort.value = link.dataset.sort;
    desc.checked = same ? !desc.checked : false;
    htmx.trigger(form, 'submit');
});
