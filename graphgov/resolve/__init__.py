"""Resolving people, posts and bodies: names, initials, honorifics, post phrases, acronyms."""
