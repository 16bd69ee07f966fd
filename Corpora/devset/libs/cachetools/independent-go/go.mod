module boundedcache

go 1.19
