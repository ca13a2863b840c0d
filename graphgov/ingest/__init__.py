"""Reading documents (txt, html, pdf, docx) into text with a line map, and parsing minutes."""
