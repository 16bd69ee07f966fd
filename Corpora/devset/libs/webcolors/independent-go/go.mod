module colornames

go 1.19
