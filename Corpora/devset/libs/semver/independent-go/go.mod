module semver

go 1.19
