// Stylesheets imported by components (shared/ui/plain.css) mean nothing to jsdom's tests.
module.exports = {};
