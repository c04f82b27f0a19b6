"""The people, goals and agreements of a plan, each with its own small editor and dialog."""
