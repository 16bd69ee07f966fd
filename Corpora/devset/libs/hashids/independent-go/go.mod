module hashids

go 1.19
