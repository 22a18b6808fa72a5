const path = require('path');
const { task, src, dest } = require('gulp');

task('build:icons', copyIcons);

// Node descriptions point at `file:../../icons/<name>.svg` relative to dist/nodes/<Service>/, and credentials at
// `file:../icons/<name>.svg` relative to dist/credentials/, so the icons live once in dist/icons.
function copyIcons() {
	return src(path.resolve('icons', '*.svg'), { encoding: false }).pipe(dest(path.resolve('dist', 'icons')));
}
