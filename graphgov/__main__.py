from graphgov.cli import main

main()
