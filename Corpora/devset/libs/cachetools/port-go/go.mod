module cachetools

go 1.19
